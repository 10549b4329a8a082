import { Button, Flex, Form, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EditableItem } from '../../../api/adminCatalogue.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { useAdminAccess } from '../shared/useAdminAccess.js';
import { useServerErrors } from '../shared/useServerErrors.js';
import { ItemContentForm } from './ItemContentForm.js';
import { NEW_ITEM_CONTENT, toFormValues, type ItemFormValues } from './itemContent.js';
import { PublishedView } from './PublishedView.js';
import { useItemEditor } from './useItemEditor.js';
import { VersionHistory } from './VersionHistory.js';
import { VersionStatus } from './VersionStatus.js';

interface ItemEditorProps {
  code: string;
  item: EditableItem;
  revision: number;
  onReload: () => void;
}

/** The draft form with 保存草稿 / 发布, the published version read-only, and the version history. */
export function ItemEditor({ code, item, revision, onReload }: ItemEditorProps) {
  const { t } = useTranslation();
  const access = useAdminAccess();
  const [form] = Form.useForm<ItemFormValues>();
  const [dirty, setDirty] = useState(false);
  const errors = useServerErrors(form, ['body.content.', 'body.']);
  // The form starts from the draft if there is one, else from the published version; later
  // reloads must not overwrite what is being typed, so this is read once.
  const [initialValues] = useState(() => {
    const content = item.draft?.content ?? item.published?.content;
    return content ? toFormValues(content) : NEW_ITEM_CONTENT;
  });
  const editor = useItemEditor(code, form, item, {
    dirty,
    setDirty,
    onSaved: () => {
      errors.clear();
      onReload();
    },
    onFailed: errors.show,
  });
  const name = item.draft?.content.name ?? item.published?.content.name ?? code;

  const editTab = (
    <Flex vertical gap={12}>
      {errors.alert}
      <ItemContentForm form={form} initialValues={initialValues} disabled={!access.manageCatalogue} onDirty={() => setDirty(true)} />
      {access.manageCatalogue && (
        <Flex
          gap={8}
          justify="flex-end"
          wrap
          style={{ position: 'sticky', bottom: 0, zIndex: 2, padding: '12px 16px', background: '#fff', borderTop: '1px solid #e5e8ee', borderRadius: 8, boxShadow: '0 -2px 8px rgba(0,0,0,0.06)' }}
        >
          <Button onClick={() => void editor.saveDraft()} loading={editor.busy === 'saving'} disabled={editor.busy !== null} data-testid="item-save-draft">
            {t('admin.items.saveDraft')}
          </Button>
          <Button
            type="primary"
            onClick={() => void editor.publish()}
            loading={editor.busy === 'publishing'}
            disabled={editor.busy !== null || (!dirty && !item.draft)}
            data-testid="item-publish"
          >
            {t('admin.items.publish')}
          </Button>
        </Flex>
      )}
    </Flex>
  );

  return (
    <div data-testid="item-editor" data-item-code={code}>
      <Link to="/admin/items">← {t('admin.items.backToList')}</Link>
      <AdminPageHeader
        title={name}
        subtitle={t('notice.codeLabel', { code })}
        extra={
          <Button href={`/items/${encodeURIComponent(code)}`} target="_blank" rel="noopener">
            {t('admin.items.viewPublic')}
          </Button>
        }
      />
      <VersionStatus item={item} dirty={dirty} />
      <Tabs
        defaultActiveKey="edit"
        items={[
          { key: 'edit', label: item.draft ? t('admin.items.tabs.editDraft', { version: item.draft.version }) : t('admin.items.tabs.edit'), children: editTab },
          {
            key: 'published',
            label: <span data-testid="item-tab-published">{t('admin.items.tabs.published')}</span>,
            disabled: !item.published,
            children: item.published && <PublishedView version={item.published.version} content={item.published.content} />,
          },
          {
            key: 'versions',
            label: <span data-testid="item-tab-versions">{t('admin.items.tabs.versions')}</span>,
            children: <VersionHistory code={code} revision={revision} />,
          },
        ]}
      />
    </div>
  );
}
