import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Card, Flex, Input, Radio, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFile, fileUrl, type Application, type ApplicationFile, type ApplicationMaterial, type FileCheck } from '../../api/applications.js';
import { formatFileSize, shortSha } from '../../components/applications/format.js';
import { stillWrong } from '../../../shared/material-conditions.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

type Result = Exclude<FileCheck, 'pending'>;
const RESULTS: readonly Result[] = ['ok', 'missing', 'invalid'];

interface MaterialChecksProps {
  app: Application;
  /** False once intake is decided: the checks are then a record, not a form. */
  editable: boolean;
  run(change: () => Promise<Application>): Promise<Application | null>;
}

/** 材料核验: every material with its files, each file checked 合格 / 缺失 / 不合格 with a note. */
export function MaterialChecks({ app, editable, run }: MaterialChecksProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('applications.intake.materialsTitle')} data-testid="material-checks">
      <Flex vertical gap={16}>
        {app.materials.map((material) => (
          <MaterialCheck key={material.id} app={app} material={material} editable={editable} run={run} />
        ))}
      </Flex>
    </Card>
  );
}

function MaterialCheck({ app, material, editable, run }: { app: Application; material: ApplicationMaterial } & Omit<MaterialChecksProps, 'app'>) {
  const { t } = useTranslation();
  return (
    <div data-testid="check-material" data-material-id={material.id}>
      <Flex gap={6} wrap align="baseline">
        <Typography.Text strong>{material.name}</Typography.Text>
        {material.requiredNow ? <Tag color="red">{t('applications.materials.required')}</Tag> : <Tag>{t('applications.materials.optional')}</Tag>}
        {material.shared && <Tag color="green">{t('workflow.case.shared')}</Tag>}
        {material.files.length === 0 && !material.shared && (
          <Tag color={material.requiredNow ? 'orange' : 'default'} data-testid="check-material-none">
            {t('applications.intake.notProvided')}
          </Tag>
        )}
      </Flex>
      <Flex vertical gap={8} style={{ marginTop: 8 }}>
        {material.files.map((file) => (
          <FileCheckRow key={file.id} app={app} materialId={material.id} file={file} editable={editable} run={run} />
        ))}
      </Flex>
    </div>
  );
}

function FileCheckRow({ app, materialId, file, editable, run }: { app: Application; materialId: number; file: ApplicationFile } & Omit<MaterialChecksProps, 'app'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [note, setNote] = useState(file.checkNote ?? '');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // 缺失/不合格 chosen but not yet sent: it needs its note first.
  const [chosen, setChosen] = useState<Result | null>(null);
  // The saved note follows the saved verdict (another clerk, or a reload after the supplement).
  useEffect(() => setNote(file.checkNote ?? ''), [file.check, file.checkNote]);
  const shown = chosen ?? (file.check === 'pending' ? undefined : file.check);
  const noteRequired = shown === 'missing' || shown === 'invalid';

  const choose = (result: Result) => {
    // The saved note explains the saved verdict; a different verdict starts with an empty note.
    const stale = file.check !== 'pending' && result !== file.check && note === (file.checkNote ?? '');
    const fresh = stale ? '' : note;
    if (stale) setNote('');
    if (result !== 'ok' && !fresh.trim()) {
      setChosen(result);
      return;
    }
    void record(result, fresh);
  };

  const record = async (result: Result, withNote: string) => {
    setChosen(null);
    setBusy(true);
    setFailure(null);
    try {
      await run(() => checkFile(app.id, materialId, file.id, result, withNote.trim() || undefined));
      void message.success(t('applications.intake.checkSaved'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={6} data-testid="check-file" data-file-id={file.id} data-check={file.check} style={{ padding: 8, background: '#fafafa', borderRadius: 6 }}>
      <Flex gap={8} wrap align="center">
        <a href={fileUrl(app.id, file.id)} target="_blank" rel="noreferrer" data-testid="check-file-open" style={{ wordBreak: 'break-all' }}>
          <DownloadOutlined aria-hidden /> {file.filename}
        </a>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatFileSize(file.size)} · {file.mediaType} · SHA-256 {shortSha(file.sha256)}
        </Typography.Text>
        {file.reusedFrom && <Tag color="green">{t('applications.materials.reusedFrom', { receiptNo: file.reusedFrom.receiptNo ?? '—' })}</Tag>}
        {file.phase === 'supplement' && <Tag color="orange">{t('applications.materials.supplementPhase')}</Tag>}
      </Flex>
      <Flex gap={8} wrap align="center">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="small"
          disabled={!editable || busy}
          value={shown}
          onChange={(e) => choose(e.target.value as Result)}
          data-testid="check-result"
          options={RESULTS.map((r) => ({ value: r, label: t(`applications.check.${r}`) }))}
        />
        <Input
          size="small"
          style={{ flex: '1 1 200px', maxWidth: 420 }}
          placeholder={t(noteRequired ? 'supplement.check.noteRequired' : 'supplement.check.noteOptional')}
          aria-label={t(noteRequired ? 'supplement.check.noteRequired' : 'supplement.check.noteOptional')}
          aria-required={noteRequired}
          value={note}
          disabled={!editable || busy}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          // A changed note is saved with the result already chosen.
          status={chosen && !note.trim() ? 'warning' : undefined}
          onBlur={() => {
            if (chosen) {
              if (note.trim()) void record(chosen, note);
            } else if (file.check !== 'pending' && note !== (file.checkNote ?? '')) void record(file.check, note);
          }}
          data-testid="check-note"
        />
      </Flex>
      {chosen && !note.trim() && <Alert type="warning" title={t('applications.intake.noteNeeded')} banner style={{ padding: '2px 8px' }} data-testid="check-note-needed" />}
      {file.check === 'pending' && !chosen && editable && <Alert type="info" title={t('applications.intake.pendingCheck')} banner style={{ padding: '2px 8px' }} />}
      {failure !== null && <ProblemAlert title={t('applications.intake.checkFailed')} error={failure} />}
    </Flex>
  );
}

/**
 * The 一次性告知 list pre-filled from the checks: materials this form needs and not provided, and
 * every file marked 缺失 or 不合格 with its note. The clerk edits it before sending. After a first
 * list came back, only that list may go out again: its lines naming a material still wrong.
 */
export function supplementDraft(app: Application, t: TFunction, firstList: readonly string[] | null): string[] {
  const first = app.supplements[0];
  if (firstList && first) {
    const wrong = app.materials.filter((m) => first.materialIds.includes(m.id) && stillWrong(m, m.files, app.formData));
    const again = firstList.filter((line) => wrong.some((m) => line.includes(m.name)));
    return again.length > 0 ? again : [...firstList];
  }
  const lines: string[] = [];
  for (const material of app.materials) {
    if (material.files.length === 0 && material.requiredNow && !material.shared) lines.push(t('applications.intake.lineNotProvided', { name: material.name }));
    for (const file of material.files) {
      if (file.check !== 'missing' && file.check !== 'invalid') continue;
      const key = file.check === 'missing' ? 'applications.intake.lineMissing' : 'applications.intake.lineInvalid';
      lines.push(t(key, { name: material.name, note: file.checkNote ? `：${file.checkNote}` : '' }));
    }
  }
  return [...new Set(lines)];
}
