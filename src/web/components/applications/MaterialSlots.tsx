import { DeleteOutlined, DownloadOutlined, FileDoneOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Dropdown, Flex, Popconfirm, Tag, Typography, Upload } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fileUrl,
  removeMaterialFile,
  reuseMaterial,
  uploadMaterial,
  type Application,
  type ApplicationFile,
  type ApplicationMaterial,
  type FileCheck,
  type SupplementRound,
} from '../../api/applications.js';
import { ApiError } from '../../api/client.js';
import { buttonTestId } from '../buttonTestId.js';
import { formatFileSize, shortSha } from './format.js';
import { CHECK_TAG_COLORS } from './checkColors.js';

/** What the server accepts (content-sniffed there; this only narrows the file picker). */
const ACCEPT = '.pdf,.ofd,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';


interface MaterialSlotsProps {
  app: Application;
  editable: boolean;
  /** Every change goes through the caller's queue, so it never races the autosave's version. */
  run(change: () => Promise<Application>): Promise<Application | null>;
  /**
   * While a supplement is awaited only the materials on the window's list take new files, and
   * only their flagged files and the new ones may be removed; what was found in order stays.
   */
  phase?: 'initial' | 'supplement';
}

/** The intake supplement list still out, if any (a department's review supplement has none). */
export const openSupplement = (app: Application): SupplementRound | null => app.supplements.find((s) => s.receivedAt === null) ?? null;

const FLAGGED: readonly FileCheck[] = ['missing', 'invalid'];

/** 申请材料: one slot per material with its uploaded files, upload, reuse of verified files and removal. */
export function MaterialSlots({ app, editable, run, phase = 'initial' }: MaterialSlotsProps) {
  const { t } = useTranslation();
  const materials = app.materials;
  return (
    <Card title={t('applications.materials.title')} data-testid="material-slots">
      <Flex vertical gap={16}>
        {materials.map((material) => (
          <MaterialSlot key={material.id} app={app} material={material} editable={editable} phase={phase} run={run} />
        ))}
      </Flex>
    </Card>
  );
}

function MaterialSlot({ app, material, editable, phase, run }: { app: Application; material: ApplicationMaterial; editable: boolean; phase: 'initial' | 'supplement'; run: MaterialSlotsProps['run'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reusable = app.reusable.filter((r) => r.materialId === material.id);
  const round = phase === 'supplement' ? openSupplement(app) : null;
  const listed = round === null || round.materialIds.includes(material.id);
  const canAdd = editable && listed;
  const removable = (file: ApplicationFile) => editable && (phase === 'initial' || file.phase === 'supplement' || (round !== null && listed && FLAGGED.includes(file.check)));

  const change = async (work: () => Promise<Application>, done?: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await run(work);
      if (result && done) void message.success(done);
    } catch (error) {
      setProblem(uploadProblemText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="material-slot" data-material-id={material.id} data-files={material.files.length} data-listed={round ? String(listed) : undefined}>
      <Flex gap={6} wrap align="baseline">
        <Typography.Text strong>{material.name}</Typography.Text>
        {material.requiredNow ? <Tag color="red">{t('applications.materials.required')}</Tag> : <Tag>{t('applications.materials.optional')}</Tag>}
        {material.shared && <Tag color="green">{t('workflow.case.shared')}</Tag>}
        {round &&
          (listed ? (
            <Tag color="orange" data-testid="slot-listed">
              {t('supplement.slots.listed')}
            </Tag>
          ) : (
            <Tag color="green" data-testid="slot-locked">
              {t('supplement.slots.locked')}
            </Tag>
          ))}
      </Flex>
      {material.condition && !material.required && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {material.condition}
        </Typography.Text>
      )}
      {material.shared ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('applications.materials.sharedHint')}
        </Typography.Paragraph>
      ) : (
        <>
          <Flex vertical gap={6} style={{ margin: '8px 0' }}>
            {material.files.length === 0 && (
              <Typography.Text type="secondary" data-testid="material-empty">
                {t('applications.materials.none')}
              </Typography.Text>
            )}
            {material.files.map((file) => (
              <FileRow key={file.id} app={app} file={file} removable={removable(file)} onRemove={() => change(() => removeMaterialFile(app.id, material.id, file.id))} />
            ))}
          </Flex>
          {problem && <Alert type="error" showIcon title={problem} data-testid="material-error" style={{ marginBottom: 8 }} closable={{ onClose: () => setProblem(null) }} />}
          {canAdd && (
            <Flex gap={8} wrap>
              <Upload
                accept={ACCEPT}
                showUploadList={false}
                multiple={false}
                disabled={busy}
                customRequest={({ file, onSuccess, onError }) => {
                  void change(() => uploadMaterial(app.id, material.id, file as File), t('applications.materials.uploaded', { name: (file as File).name })).then(
                    () => onSuccess?.(null),
                    (error: unknown) => onError?.(error as Error),
                  );
                }}
              >
                <Button id={materialTarget(material.id)} icon={<UploadOutlined />} loading={busy} data-testid="material-upload">
                  {t('applications.materials.upload')}
                </Button>
              </Upload>
              {reusable.length > 0 && (
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: reusable.map((r) => ({
                      key: String(r.sourceId),
                      label: <span data-testid="material-reuse-option">{t('applications.materials.reuseOption', { name: r.filename, receiptNo: r.verifiedIn ?? '—' })}</span>,
                    })),
                    onClick: ({ key }) => void change(() => reuseMaterial(app.id, material.id, Number(key)), t('applications.materials.reused')),
                  }}
                >
                  <Button icon={<FileDoneOutlined />} disabled={busy} data-testid="material-reuse">
                    {t('applications.materials.reuse')}
                  </Button>
                </Dropdown>
              )}
            </Flex>
          )}
        </>
      )}
    </div>
  );
}

function FileRow({ app, file, removable, onRemove }: { app: Application; file: ApplicationFile; removable: boolean; onRemove(): void }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap align="center" data-testid="material-file" data-file-id={file.id} data-check={file.check} style={{ padding: '4px 8px', background: '#fafafa', borderRadius: 6 }}>
      <a href={fileUrl(app.id, file.id)} target="_blank" rel="noreferrer" data-testid="material-file-name" style={{ wordBreak: 'break-all' }}>
        <DownloadOutlined aria-hidden /> {file.filename}
      </a>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatFileSize(file.size)} · SHA-256 {shortSha(file.sha256)}
      </Typography.Text>
      {file.reusedFrom && <Tag color="green">{t('applications.materials.reusedFrom', { receiptNo: file.reusedFrom.receiptNo ?? '—' })}</Tag>}
      {file.phase === 'supplement' && <Tag color="orange">{t('applications.materials.supplementPhase')}</Tag>}
      {file.check !== 'pending' && (
        <Tag color={CHECK_TAG_COLORS[file.check]} data-testid="material-file-check">
          {t(`applications.check.${file.check}`)}
          {file.checkNote ? `：${file.checkNote}` : ''}
        </Tag>
      )}
      {removable && (
        <Popconfirm
          title={t('applications.materials.removeConfirm', { name: file.filename })}
          okText={t('common.remove')}
          cancelText={t('common.cancel')}
          okButtonProps={buttonTestId('material-remove-confirm', { danger: true })}
          onConfirm={onRemove}
        >
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} data-testid="material-remove" />
        </Popconfirm>
      )}
    </Flex>
  );
}

/** The id of a material's upload button, where the error summary sends the applicant. */
export const materialTarget = (materialId: number) => `material-${materialId}-upload`;

/** The server's explanation of a refused upload (文件类型不符, 文件过大 …), else a plain one by status. */
export function uploadProblemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.detail) return error.detail;
    if (error.status === 413) return t('applications.materials.tooBig');
    if (error.status === 415) return t('applications.materials.badType');
    if (error.status === 422) return t('applications.materials.empty');
    return error.title;
  }
  return t('errors.unexpected');
}
