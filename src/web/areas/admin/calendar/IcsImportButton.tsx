import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importCalendar, type ImportResult } from '../../../api/calendar.js';
import { ApiError } from '../../../api/client.js';

/** The server takes at most 1 MB of iCalendar text. */
const MAX_ICS_BYTES = 1024 * 1024;

/** Picks an .ics file and imports its all-day events; the file is read here and sent as text. */
export function IcsImportButton({ onImported }: { onImported: (result: ImportResult) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    if (file.size > MAX_ICS_BYTES) {
      message.error(t('adminWorkflow.calendar.import.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      onImported(await importCalendar(await file.text()));
    } catch (error) {
      const reason = error instanceof ApiError ? (error.detail ?? error.title) : t('errors.unexpected');
      message.error({ content: <span data-testid="calendar-import-error">{`${t('adminWorkflow.calendar.import.failed')}：${reason}`}</span>, duration: 8 });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span data-testid="calendar-import">
      <Upload
        accept=".ics,text/calendar"
        showUploadList={false}
        // Nothing is uploaded as a file: the text goes to the import API.
        beforeUpload={(file) => {
          void importFile(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy}>
          {t('adminWorkflow.calendar.import.button')}
        </Button>
      </Upload>
    </span>
  );
}
