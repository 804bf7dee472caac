/** Editors of the keyed lists: the D1 team, the D4 causes with their 5-Why chains, and the actions of D3/D5/D6/D7. */
import { Button, Card, Col, Row, Space, Typography } from 'antd';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ulid } from 'ulid';
import { ACTION_STATUSES, CAUSE_KINDS, CAUSE_STATUSES, FISHBONE, TEAM_ROLES, emptyAction, type Action, type ActionDiscipline, type Cause, type TeamMember } from '../../domain/eightd/schema';
import { DateField, SelectField, TextField } from './fields';
import { DueField, OwnerField } from './ActionFields';
import type { CauseForm, FormValues } from './form-model';

type C = Control<FormValues>;
interface ListForm {
  members: TeamMember[];
  causes: CauseForm[];
  actions: Action[];
}
/** useFieldArray needs array paths it can see; the form values type is open-ended, so the lists are typed here. */
const lists = (control: C) => control as unknown as Control<ListForm>;

function useOptions() {
  const { t } = useTranslation();
  return (list: readonly string[], prefix: string) => list.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
}

export function TeamEditor({ control }: { control: C }) {
  const { t } = useTranslation();
  const opts = useOptions();
  const { fields, append, remove } = useFieldArray({ control: lists(control), name: 'members', keyName: '_key' });
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      {fields.map((f, i) => (
        <Row gutter={12} key={f._key} data-testid={`member-${i}`} align="bottom">
          <Col xs={24} md={7}><TextField control={control} name={`members.${i}.name`} label={t('eightd.d1.name')} required /></Col>
          <Col xs={24} md={7}><TextField control={control} name={`members.${i}.department`} label={t('eightd.d1.department')} /></Col>
          <Col xs={24} md={6}><SelectField control={control} name={`members.${i}.role`} label={t('eightd.d1.role')} options={opts(TEAM_ROLES, 'eightd.d1.roles')} /></Col>
          <Col xs={24} md={4}><Button danger style={{ marginBottom: 24 }} onClick={() => remove(i)}>{t('eightd.remove')}</Button></Col>
        </Row>
      ))}
      <Button onClick={() => append({ id: ulid(), order: fields.length, name: '', department: '', role: fields.length === 0 ? 'leader' : 'member' })}>
        {t('eightd.d1.addMember')}
      </Button>
    </Card>
  );
}

function WhyEditor({ control, causeIndex }: { control: C; causeIndex: number }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: lists(control), name: `causes.${causeIndex}.whys`, keyName: '_key' });
  return (
    <div>
      <Typography.Text strong>{t('eightd.d4.whys')}</Typography.Text>
      {fields.map((f, j) => (
        <Row gutter={8} key={f._key} align="bottom" data-testid={`why-${causeIndex}-${j}`}>
          <Col flex="auto"><TextField control={control} name={`causes.${causeIndex}.whys.${j}.text`} label={t('eightd.d4.why', { n: j + 1 })} required /></Col>
          <Col><Button style={{ marginBottom: 24 }} onClick={() => remove(j)}>{t('eightd.remove')}</Button></Col>
        </Row>
      ))}
      <Button size="small" onClick={() => append({ id: ulid(), order: fields.length, text: '' })}>{t('eightd.d4.addWhy')}</Button>
    </div>
  );
}

export function CausesEditor({ control }: { control: C }) {
  const { t } = useTranslation();
  const opts = useOptions();
  const { fields, append, remove } = useFieldArray({ control: lists(control), name: 'causes', keyName: '_key' });
  return (
    <>
      {fields.map((f, i) => (
        <Card size="small" key={f._key} style={{ marginBottom: 12 }} data-testid={`cause-${i}`}
          extra={<Button danger size="small" onClick={() => remove(i)}>{t('eightd.remove')}</Button>}>
          <Row gutter={12}>
            <Col xs={24} md={6}><SelectField control={control} name={`causes.${i}.kind`} label={t('eightd.d4.kind')} options={opts(CAUSE_KINDS, 'eightd.d4.kinds')} /></Col>
            <Col xs={24} md={6}><SelectField control={control} name={`causes.${i}.category`} label={t('eightd.d4.category')} options={opts(FISHBONE, 'eightd.d4.fishbone')} /></Col>
            <Col xs={24} md={6}><SelectField control={control} name={`causes.${i}.status`} label={t('eightd.d4.status')} options={opts(CAUSE_STATUSES, 'eightd.d4.statuses')} /></Col>
            <Col xs={24}><TextField control={control} name={`causes.${i}.description`} label={t('eightd.d4.description')} required area /></Col>
            <Col xs={24}><TextField control={control} name={`causes.${i}.verification`} label={t('eightd.d4.verification')} area /></Col>
          </Row>
          <WhyEditor control={control} causeIndex={i} />
        </Card>
      ))}
      <Button style={{ marginBottom: 12 }} onClick={() => append({
        id: ulid(), order: fields.length, kind: fields.length === 0 ? 'occurrence' : 'escape', description: '', category: 'method', status: 'hypothesis', verification: '', whys: [],
      })}>{t('eightd.d4.addCause')}</Button>
    </>
  );
}

export function ActionsEditor({ control, discipline, causes }: { control: C; discipline: ActionDiscipline; causes: Cause[] }) {
  const { t } = useTranslation();
  const opts = useOptions();
  const { fields, append, remove } = useFieldArray({ control: lists(control), name: 'actions', keyName: '_key' });
  const statuses = opts(ACTION_STATUSES, 'eightd.actions.statuses');
  // Only verified causes may be chosen; the domain refuses anything else anyway.
  const causeOptions = causes.filter((c) => c.status === 'verified').map((c) => ({ value: c.id, label: `${t(`eightd.d4.kinds.${c.kind}`)}：${c.description}` }));
  const rollout = discipline === 'd6';
  return (
    <Card size="small" title={t('eightd.actions.title')} style={{ marginBottom: 12 }}>
      {fields.map((f, i) => (
        <div key={f._key} data-testid={`action-${i}`} style={{ borderBottom: '1px solid #eee', marginBottom: 8 }}>
          <Row gutter={12}>
            <Col xs={24} md={10}><TextField control={control} name={`actions.${i}.title`} label={t('eightd.actions.title')} required /></Col>
            {discipline === 'd5' && (
              <Col xs={24} md={14}><SelectField control={control} name={`actions.${i}.causeId`} label={t('eightd.actions.cause')} options={causeOptions} /></Col>
            )}
            <Col xs={12} md={5}><OwnerField control={control} index={i} label={t('eightd.actions.owner')} /></Col>
            <Col xs={12} md={6}><DueField control={control} index={i} label={t('eightd.actions.due')} /></Col>
            <Col xs={12} md={5}><SelectField control={control} name={`actions.${i}.status`} label={t('eightd.actions.status')} options={statuses} /></Col>
            <Col xs={24} md={8}><TextField control={control} name={`actions.${i}.verification`} label={t('eightd.actions.verification')} /></Col>
            {rollout && (
              <>
                <Col xs={12} md={5}><DateField control={control} name={`actions.${i}.doneOn`} label={t('eightd.actions.doneOn')} /></Col>
                <Col xs={12} md={5}><TextField control={control} name={`actions.${i}.cutIn`} label={t('eightd.actions.cutIn')} /></Col>
                <Col xs={24} md={7}><TextField control={control} name={`actions.${i}.evidence`} label={t('eightd.actions.evidence')} /></Col>
                <Col xs={24} md={7}><TextField control={control} name={`actions.${i}.result`} label={t('eightd.actions.result')} /></Col>
              </>
            )}
          </Row>
          <Space style={{ marginBottom: 8 }}><Button size="small" danger onClick={() => remove(i)}>{t('eightd.remove')}</Button></Space>
        </div>
      ))}
      <Button onClick={() => append(emptyAction(ulid(), discipline, fields.length))}>{t('eightd.actions.add')}</Button>
    </Card>
  );
}

