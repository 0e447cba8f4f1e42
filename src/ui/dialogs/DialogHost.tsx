import type { FunctionDef, Operation, OrgState, ScenarioFile } from '../../model';
import { freshId, takenBureauIds, takenUnitIds } from '../../app/ids';
import { useActions } from '../context';
import { AbolishDialog, BureauDialog, MergeDialog, MoveDialog, ReassignDialog } from './BureauDialogs';
import type { DialogRequest } from './requests';
import { NewScenarioDialog, RenameScenarioDialog } from './ScenarioDialogs';
import { RemoveUnitDialog, UnitDialog } from './UnitDialogs';
import { DeleteApprovedDialog } from '../status/DeleteApprovedDialog';

interface Props {
  request: DialogRequest;
  file: ScenarioFile;
  scenarioId: string;
  state: OrgState;
  functions: ReadonlyMap<string, FunctionDef>;
  submit(operation: Operation): void;
  onClose(): void;
}

export function DialogHost({ request, file, scenarioId, state, functions, submit, onClose }: Props) {
  const actions = useActions();
  const common = {
    state,
    functions,
    submit,
    onClose,
    newBureauId: (stem: string) => freshId(takenBureauIds(file), stem),
    newUnitId: (stem: string) => freshId(takenUnitIds(file), stem),
  };
  const bureau = 'bureau' in request ? state.bureaus.find((b) => b.id === request.bureau) : undefined;
  const unit = 'unit' in request ? state.units.find((u) => u.id === request.unit) : undefined;
  switch (request.kind) {
    case 'move':
      return bureau ? <MoveDialog {...common} bureau={bureau} /> : null;
    case 'merge':
      return bureau ? <MergeDialog {...common} bureau={bureau} with={request.with} /> : null;
    case 'reassign':
      return bureau ? <ReassignDialog {...common} bureau={bureau} /> : null;
    case 'editBureau':
      return bureau ? <BureauDialog {...common} bureau={bureau} /> : null;
    case 'abolish':
      return bureau ? <AbolishDialog {...common} bureau={bureau} /> : null;
    case 'createBureau':
      return <BureauDialog {...common} unitId={request.unit} />;
    case 'editUnit':
      return unit ? <UnitDialog {...common} unit={unit} /> : null;
    case 'addUnit':
      return <UnitDialog {...common} />;
    case 'removeUnit':
      return unit ? <RemoveUnitDialog {...common} unit={unit} /> : null;
    case 'newScenario':
      return <NewScenarioDialog file={file} current={scenarioId} onClose={onClose} onCreate={(name, copyOf) => (onClose(), void actions.createScenario(name, copyOf))} />;
    case 'renameScenario': {
      const scenario = file.scenarios.find((s) => s.id === request.scenario);
      return scenario ? <RenameScenarioDialog name={scenario.name} onClose={onClose} onRename={(name) => (onClose(), void actions.renameScenario(scenario.id, name))} /> : null;
    }
    case 'deleteApproved': {
      const scenario = file.scenarios.find((s) => s.id === request.scenario);
      return scenario ? <DeleteApprovedDialog scenario={scenario} onClose={onClose} onDelete={() => (onClose(), void actions.deleteScenario(scenario.id))} /> : null;
    }
  }
}
export { SharingHost } from '../sharing/SharingHost';
export { SharingMenuEntries } from '../sharing/FileMenuEntries';
