import { AreaIntro } from '../../components/AreaIntro.js';

/** The window clerk's area (综合窗口) (lazy-loaded); its own routes will hang off here. */
export default function WindowArea() {
  return <AreaIntro area="window" />;
}
