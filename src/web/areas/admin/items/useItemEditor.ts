import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishItem, saveItemDraft, type EditableItem } from '../../../api/adminCatalogue.js';
import { toContent, type ItemFormValues } from './itemContent.js';
import { buttonTestId } from '../../../components/buttonTestId.js';

/** Checks the form and scrolls to the first problem; undefined when something is wrong. */
export async function validated<T>(form: FormInstance<T>): Promise<T | undefined> {
  try {
    return await form.validateFields();
  } catch (error) {
    const first = (error as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
    if (first) void form.scrollToField(first.name, { block: 'center' });
    return undefined;
  }
}

/**
 * 保存草稿 and 发布 for one item. Publishing with unsaved changes saves them first, so what is
 * published is always what the administrator sees.
 */
export function useItemEditor(code: string, form: FormInstance<ItemFormValues>, item: EditableItem, options: {
  onSaved: () => void;
  onFailed: (error: unknown) => void;
  dirty: boolean;
  setDirty: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<'saving' | 'publishing' | null>(null);

  const saveDraft = async (): Promise<number | undefined> => {
    const values = await validated(form);
    if (!values) return undefined;
    setBusy('saving');
    try {
      const saved = await saveItemDraft(code, toContent(values));
      options.setDirty(false);
      message.success(t('admin.items.draftSaved', { version: saved.version }));
      options.onSaved();
      return saved.version;
    } catch (error) {
      options.onFailed(error);
      return undefined;
    } finally {
      setBusy(null);
    }
  };

  const publish = async () => {
    if (!(await validated(form))) return;
    const needsSave = options.dirty || !item.draft;
    modal.confirm({
      title: t('admin.items.publishConfirm'),
      content: needsSave ? t('admin.items.publishSavesFirst') : t('admin.items.publishHint', { version: item.draft?.version }),
      okText: t('admin.items.publish'),
      cancelText: t('common.cancel'),
      okButtonProps: buttonTestId('item-publish-confirm'),
      onOk: async () => {
        if (needsSave && (await saveDraft()) === undefined) return;
        setBusy('publishing');
        try {
          const published = await publishItem(code);
          message.success(t('admin.items.published', { version: published.version }));
          options.onSaved();
        } catch (error) {
          options.onFailed(error);
        } finally {
          setBusy(null);
        }
      },
    });
  };

  return { saveDraft, publish, busy };
}
