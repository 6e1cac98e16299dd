import { Spin, Tag, Tooltip } from 'antd';
import { TAG_KIND_LABELS } from '../../../../shared/tags/types';
import { useLang } from '../../i18n/store';
import { KIND_COLOURS } from './kind-colours';
import { useTaxonomyT } from './taxonomy-messages';
import { useTaxonomy } from './taxonomy-store';

/** 共现: the tags found on the same stories as the selected one, with counts; a click selects that tag. */
export function CooccurrencePanel() {
  const t = useTaxonomyT();
  const lang = useLang((s) => s.lang);
  const partners = useTaxonomy((s) => s.partners);
  const loading = useTaxonomy((s) => s.partnersLoading);
  const select = useTaxonomy((s) => s.select);
  return (
    <section className="bx-tax-cooc" data-testid="cooccurrence">
      <div className="bx-tax-section-title">
        {t('cooccurrence')} <span className="bx-tax-count">{t('cooccurrenceHint')}</span>
      </div>
      {loading && <Spin size="small" />}
      {!loading && partners.length === 0 && (
        <span className="bx-tags-none" data-testid="cooccurrence-none">
          {t('cooccurrenceNone')}
        </span>
      )}
      <div className="bx-tags-chips">
        {partners.map(({ tag, count }) => (
          <Tooltip key={tag.id} title={TAG_KIND_LABELS[tag.kind][lang === 'en' ? 'en' : 'zh']}>
            <Tag
              className="bx-tax-partner"
              color={KIND_COLOURS[tag.kind]}
              role="button"
              onClick={() => void select(tag.id)}
              data-testid="cooccurrence-item"
              data-tag-id={tag.id}
              data-name={tag.name}
              data-count={count}
            >
              {tag.name} <span className="bx-tax-together">{t('together', { n: count })}</span>
            </Tag>
          </Tooltip>
        ))}
      </div>
    </section>
  );
}
