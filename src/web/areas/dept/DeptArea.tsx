import { AreaIntro } from '../../components/AreaIntro.js';

/** The department reviewer's area (部门审批) (lazy-loaded); its own routes will hang off here. */
export default function DeptArea() {
  return <AreaIntro area="dept" />;
}
