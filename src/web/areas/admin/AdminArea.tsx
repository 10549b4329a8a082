import { AreaIntro } from '../../components/AreaIntro.js';

/** The administrator's area (系统管理) (lazy-loaded); its own routes will hang off here. */
export default function AdminArea() {
  return <AreaIntro area="admin" />;
}
