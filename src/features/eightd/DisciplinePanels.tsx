/** The fields of each discipline, inside a DisciplineForm. */
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { listOf } from '../../domain/eightd/keyed';
import { CONTAINMENT_LOCATIONS, CUSTOMER_VERDICTS, IS_NOT_DIMENSIONS, REPORT_STATUSES, type Discipline, type EightD } from '../../domain/eightd/schema';
import { DisciplineForm } from './DisciplineForm';
import { CheckField, DateField, NumberField, SelectField, TextField } from './fields';
import { ActionsEditor, CausesEditor, TeamEditor } from './ListEditors';
import { PhotosField } from './PhotosField';

const half = { xs: 24, md: 12 };

export function DisciplinePanel({ row, n }: { row: EightD; n: Discipline }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`eightd.${n}.${key}`);
  return (
    <DisciplineForm row={row} n={n}>
      {(control) => {
        const text = (name: string, area = true) => <TextField control={control} name={name} label={k(name)} area={area} />;
        const select = (name: string, values: readonly string[]) => (
          <SelectField control={control} name={name} label={k(name)} options={values.filter(Boolean).map((v) => ({ value: v, label: k(`${name}s.${v}`) }))} />
        );
        switch (n) {
          case 'd0':
            return (
              <>
                <Row gutter={16}>
                  <Col xs={24} md={8}>{text('customerRef', false)}</Col><Col xs={12} md={8}>{text('drawingRev', false)}</Col>
                  <Col xs={12} md={8}>{select('reportStatus', REPORT_STATUSES)}</Col>
                </Row>
                {text('symptom')}{text('emergencyResponse')}<CheckField control={control} name="needed" label={k('needed')} />
              </>
            );
          case 'd1':
            return (<><TeamEditor control={control} />{text('customerRep', false)}</>);
          case 'd2':
            return (
              <>
                <Row gutter={16}>
                  {['what', 'who', 'when', 'where', 'why', 'how', 'howMany'].map((f) => <Col key={f} {...half}>{text(f, false)}</Col>)}
                </Row>
                <Card size="small" title={k('isNot')} style={{ marginBottom: 12 }}>
                  {IS_NOT_DIMENSIONS.map((d) => (
                    <Row gutter={12} key={d}>
                      <Col xs={24} md={4}><Typography.Text strong>{t(`eightd.d2.dims.${d}`)}</Typography.Text></Col>
                      <Col xs={24} md={10}><TextField control={control} name={`isNot.${d}.is`} label={`${t(`eightd.d2.dims.${d}`)} · ${k('is')}`} /></Col>
                      <Col xs={24} md={10}><TextField control={control} name={`isNot.${d}.isNot`} label={`${t(`eightd.d2.dims.${d}`)} · ${k('isNotCol')}`} /></Col>
                    </Row>
                  ))}
                </Card>
                <Row gutter={16}><Col {...half}>{text('spec', false)}</Col><Col {...half}>{text('actual', false)}</Col></Row>
                <PhotosField control={control} />
                {text('statement')}
              </>
            );
          case 'd3':
            return (
              <>
                <Card size="small" style={{ marginBottom: 12 }}>
                  {CONTAINMENT_LOCATIONS.map((loc) => {
                    const label = (f: string) => `${t(`eightd.d3.locations.${loc}`)} · ${t(`eightd.d3.${f}`)}`;
                    const owner = `${t(`eightd.d3.locations.${loc}`)} · ${t('eightd.owner')}`;
                    return (
                      <Row gutter={8} key={loc} data-testid={`location-${loc}`} align="bottom">
                        <Col xs={24} md={3}><CheckField control={control} name={`locations.${loc}.na`} label={`${t(`eightd.d3.locations.${loc}`)} ${t('eightd.d3.na')}`} /></Col>
                        <Col xs={12} md={3}><NumberField control={control} name={`locations.${loc}.checkedQty`} label={label('checkedQty')} /></Col>
                        <Col xs={12} md={3}><NumberField control={control} name={`locations.${loc}.badQty`} label={label('badQty')} /></Col>
                        <Col xs={24} md={7}><TextField control={control} name={`locations.${loc}.method`} label={label('method')} /></Col>
                        <Col xs={12} md={4}><TextField control={control} name={`locations.${loc}.owner`} label={owner} /></Col>
                        <Col xs={12} md={4}><DateField control={control} name={`locations.${loc}.date`} label={`${t(`eightd.d3.locations.${loc}`)} · ${t('eightd.date')}`} /></Col>
                      </Row>
                    );
                  })}
                </Card>
                {text('cleanPoint', false)}
                <ActionsEditor control={control} discipline="d3" causes={[]} />
              </>
            );
          case 'd4':
            return <CausesEditor control={control} />;
          case 'd5':
            return (<><ActionsEditor control={control} discipline="d5" causes={listOf(row.d4.causes)} />{text('notes')}</>);
          case 'd6':
            return (
              <>
                <ActionsEditor control={control} discipline="d6" causes={[]} />
                <Row gutter={16}>
                  <Col {...half}><CheckField control={control} name="containmentRemoved" label={k('containmentRemoved')} /></Col>
                  <Col {...half}><DateField control={control} name="containmentRemovedOn" label={k('containmentRemovedOn')} /></Col>
                </Row>
                {text('verificationData')}
                <Row gutter={16}><Col {...half}><DateField control={control} name="verifiedOn" label={k('verifiedOn')} /></Col></Row>
                {text('notes')}
              </>
            );
          case 'd7':
            return (
              <>
                <Row gutter={16}>
                  {['pfmea', 'controlPlan', 'workInstructions', 'inspectionStandard'].map((f) => <Col key={f} xs={24} md={6}><CheckField control={control} name={f} label={k(f)} /></Col>)}
                </Row>
                {text('lateral')}{text('lessons')}
                <ActionsEditor control={control} discipline="d7" causes={[]} />
              </>
            );
          case 'd8':
            return (
              <>
                {text('closureCriteria')}{text('recognition')}<DateField control={control} name="closedOn" label={k('closedOn')} />
                <Card size="small" title={k('customerConfirmation')}>
                  <Row gutter={16}>
                    <Col xs={24} md={8}>{text('customerConfirmedBy', false)}</Col>
                    <Col xs={12} md={8}><DateField control={control} name="customerConfirmedOn" label={k('customerConfirmedOn')} /></Col>
                    <Col xs={12} md={8}>{select('customerVerdict', CUSTOMER_VERDICTS)}</Col>
                  </Row>
                </Card>
              </>
            );
        }
      }}
    </DisciplineForm>
  );
}
