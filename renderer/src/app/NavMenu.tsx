import { AuditOutlined, DatabaseOutlined, EditOutlined, ExportOutlined, LayoutOutlined, TagsOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { SECTIONS, type Section } from './store';

const ICONS: Record<Section, ReactNode> = {
  library: <DatabaseOutlined />,
  editor: <EditOutlined />,
  proof: <AuditOutlined />,
  tags: <TagsOutlined />,
  layout: <LayoutOutlined />,
  export: <ExportOutlined />,
};

/** The left navigation: 稿库, 编辑, 校对, 标签, 版面, 导出. */
export function NavMenu({ section, onGo }: { section: Section; onGo: (s: Section) => void }) {
  const t = useT();
  return (
    <Menu
      mode="inline"
      selectedKeys={[section]}
      onClick={(e) => onGo(e.key as Section)}
      items={SECTIONS.map((s) => ({ key: s, icon: ICONS[s], label: <span data-testid={`nav-${s}`}>{t(`nav.${s}`)}</span> }))}
      className="bx-nav"
    />
  );
}
