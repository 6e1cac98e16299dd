import { AuditOutlined, DatabaseOutlined, EditOutlined, ExportOutlined, FileSearchOutlined, LayoutOutlined, TagsOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import type { MethodName } from '../../../shared/api/contract';
import { useCan } from '../features/session/use-can';
import { useT } from '../i18n/use-t';
import { SECTIONS, type Section } from './store';

const ICONS: Record<Section, ReactNode> = {
  library: <DatabaseOutlined />,
  editor: <EditOutlined />,
  proof: <AuditOutlined />,
  quality: <FileSearchOutlined />,
  tags: <TagsOutlined />,
  layout: <LayoutOutlined />,
  export: <ExportOutlined />,
};

/** A section whose whole purpose is one kind of call is shown only to roles that may make it (the permission table). */
const SECTION_NEEDS: Partial<Record<Section, MethodName>> = { export: 'export.start' };

/** The left navigation: 稿库, 编辑, 校对, 质检, 标签, 版面, 导出. */
export function NavMenu({ section, onGo }: { section: Section; onGo: (s: Section) => void }) {
  const t = useT();
  const can = useCan();
  return (
    <Menu
      mode="inline"
      selectedKeys={[section]}
      onClick={(e) => onGo(e.key as Section)}
      items={SECTIONS.filter((s) => !SECTION_NEEDS[s] || can(SECTION_NEEDS[s])).map((s) => ({ key: s, icon: ICONS[s], label: <span data-testid={`nav-${s}`}>{t(`nav.${s}`)}</span> }))}
      className="bx-nav"
    />
  );
}
