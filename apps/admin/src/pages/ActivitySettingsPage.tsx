import { Flex } from 'antd';
import { ActivityKindsCard } from '../activities/ActivityKindsCard';
import { UnionScopeHint } from '../layout/UnionScopeHint';
import { actsOnUnion, useViewer } from '../layout/viewer';

/** Activity settings of the union: its own activity kinds. */
export function ActivitySettingsPage() {
  const viewer = useViewer();
  return (
    <Flex vertical gap={16}>
      <UnionScopeHint />
      <ActivityKindsCard canEdit={actsOnUnion(viewer)} />
    </Flex>
  );
}
