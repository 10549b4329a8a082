import { AreaIntro } from '../../components/AreaIntro.js';

/** The supervisor's area (电子监察) (lazy-loaded); its own routes will hang off here. */
export default function SupervisionArea() {
  return <AreaIntro area="supervision" />;
}
