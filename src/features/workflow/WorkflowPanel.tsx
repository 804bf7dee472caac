import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../domain/complaint/record';
import type { WorkflowComplaint } from '../../db/repositories/workflow-store';
import { AssessmentCard } from './AssessmentCard';
import { DeadlinesCard } from './DeadlinesCard';
import { FollowUpCard } from './FollowUpCard';
import { AccountabilityCard } from '../review/AccountabilityCard';
import { SurveyCard } from '../review/SurveyCard';
import { StatusHistory } from './StatusHistory';
import { TransitionsBar } from './TransitionsBar';

/** Assessment, owner, deadlines, status transitions and follow-up of one complaint. */
export function WorkflowPanel({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const c = complaint as WorkflowComplaint;
  return (
    <div data-testid="workflow-panel">
      <TransitionsBar complaint={c} />
      <DeadlinesCard complaint={c} />
      {/* Keyed by the assessment's time so a saved assessment (here or by sync) refills the form. */}
      <AssessmentCard key={c.assessment?.at ?? 'none'} complaint={c} />
      <FollowUpCard complaint={c} />
      <SurveyCard complaint={c} />
      <AccountabilityCard key={`${String((c.accountability as { decidedAt?: string } | undefined)?.decidedAt)}`} complaint={c} />
      <Row>
        <Col span={24}>
          <Card size="small" title={t('workflow.panel.history')} style={{ marginBottom: 12 }}>
            <StatusHistory complaint={c} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
