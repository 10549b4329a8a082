import { DownloadOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_FORM_LABELS } from '../../../../shared/catalogue.js';
import type { Material } from '../../../api/catalogue.js';

interface MaterialRowProps {
  material: Material;
  position: number;
}

/** One material: whether it is needed, in what form and how many, and its blank form and filled-in sample. */
export function MaterialRow({ material, position }: MaterialRowProps) {
  const { t } = useTranslation();
  const shared = material.source === 'shared';
  return (
    <Flex vertical gap={6} data-testid="material-row" data-material-id={material.id} style={{ padding: '12px 0' }}>
      <Flex gap={8} align="baseline" wrap>
        <Typography.Text strong style={{ minWidth: 0 }}>
          {position}. {material.name}
        </Typography.Text>
        {material.required ? <Tag color="red">{t('notice.material.required')}</Tag> : <Tag color="gold">{t('notice.material.conditional')}</Tag>}
        {shared && <Tag color="green">{t('notice.material.shared')}</Tag>}
      </Flex>
      {!material.required && material.condition && (
        <Typography.Text>{t('notice.material.condition', { condition: material.condition })}</Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {shared
          ? t('notice.material.sharedFrom', { department: material.sharedFromName ?? material.sharedFrom ?? '' })
          : t('notice.material.formAndCopies', { form: MATERIAL_FORM_LABELS[material.form], copies: material.copies })}
      </Typography.Text>
      {material.note && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('notice.material.note', { note: material.note })}
        </Typography.Text>
      )}
      {/* Nothing to fill in for a material the departments exchange among themselves. */}
      {!shared && <MaterialDownloads material={material} />}
    </Flex>
  );
}

/**
 * Plain links with `download`: they work without JavaScript, can be long-pressed or opened in a
 * new tab, and the server answers them as attachments with the material's name.
 */
function MaterialDownloads({ material }: { material: Material }) {
  const { t } = useTranslation();
  return (
    <Flex gap={16} wrap>
      <a href={material.templateUrl} download data-testid="material-template">
        <DownloadOutlined aria-hidden /> {t('notice.material.template')}
      </a>
      <a href={material.sampleUrl} download data-testid="material-sample">
        <DownloadOutlined aria-hidden /> {t('notice.material.sample')}
      </a>
    </Flex>
  );
}
