import { Tag } from 'antd';
import type { HandlingDepth } from '../../../../shared/catalogue.js';
import { useVocabulary } from '../../../i18n/useVocabulary.js';

/**
 * One colour per depth, from "nothing to do at the hall" (green) to "the hall does the real work"
 * (orange), so a visitor scanning a list sees at once how much can be done online.
 */
export const HANDLING_DEPTH_COLORS: Record<HandlingDepth, string> = {
  full_online: 'green',
  online_accept: 'blue',
  prereview_only: 'orange',
};

/** The official depth term (全程网办 …), translated through the catalogue vocabulary. */
export function HandlingDepthTag({ depth }: { depth: HandlingDepth }) {
  const vocabulary = useVocabulary();
  return (
    <Tag color={HANDLING_DEPTH_COLORS[depth]} data-handling-depth={depth} style={{ marginInlineEnd: 0 }}>
      {vocabulary.handlingDepth(depth)}
    </Tag>
  );
}
