import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formAnswers } from '../../areas/dept/case/formAnswers.js';

interface FormAnswersProps {
  /** The item form's JSON Schema, whose titles label the answers; null while it loads (keys shown). */
  schema: Record<string, unknown> | null;
  formData: Record<string, unknown>;
  /** Card-less use sets the title here; inside a titled card it is left out. */
  title?: string;
}

/** The answers of an application form, each labelled by its title: what staff read before deciding. */
export function FormAnswers({ schema, formData, title }: FormAnswersProps) {
  const { t } = useTranslation();
  const answers = formAnswers(schema, formData, { yes: t('workflow.case.yes'), no: t('workflow.case.no') });
  if (answers.length === 0) return null;
  return (
    <Descriptions size="small" column={1} bordered title={title} data-testid="case-application-form">
      {answers.map((answer) => (
        <Descriptions.Item key={answer.path} label={answer.label}>
          <span data-testid="case-application-answer" data-path={answer.path} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {answer.value}
          </span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
