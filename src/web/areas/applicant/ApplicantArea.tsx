import { AreaIntro } from '../../components/AreaIntro.js';

/** The applicant's area (我的办事, citizens and enterprises) (lazy-loaded); its own routes will hang off here. */
export default function ApplicantArea() {
  return <AreaIntro area="applicant" />;
}
