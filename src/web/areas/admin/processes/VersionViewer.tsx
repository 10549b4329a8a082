import { Modal, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DefinitionVersion } from '../../../api/adminWorkflow.js';
import { formatDateTime } from '../shared/format.js';
import { DefinitionDiagram } from './diagram/DefinitionDiagram.js';
import { useSavedBy } from './useSavedBy.js';

/** One saved version, read-only: its diagram and its JSON. */
export function VersionViewer({ version, onClose }: { version: DefinitionVersion | null; onClose: () => void }) {
  const { t } = useTranslation();
  const savedBy = useSavedBy();
  return (
    <Modal open={version !== null} onCancel={onClose} footer={null} width={760} title={version && t('adminWorkflow.history.viewing', { version: version.version })} destroyOnHidden>
      {version && (
        <div data-testid="definition-version-viewer" data-version={version.version}>
          <Typography.Text type="secondary">{`${version.name} · ${formatDateTime(version.createdAt)} ${savedBy(version.createdBy)}`}</Typography.Text>
          <Tabs
            items={[
              { key: 'diagram', label: t('adminWorkflow.diagram.title'), children: <DefinitionDiagram definition={version.definition} /> },
              {
                key: 'json',
                label: t('adminWorkflow.processes.tabs.json'),
                children: <pre style={{ fontSize: 12, maxHeight: 480, overflow: 'auto', background: '#fafafa', padding: 12 }}>{JSON.stringify(version.definition, null, 2)}</pre>,
              },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
