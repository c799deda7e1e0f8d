import { content } from '../../../src/domain/strings/en';
import { lists } from '../../../src/schema/lists';
import { choiceDescription } from '../../../src/taskpane/start-choices';

describe('what a Start choice means', () => {
  it('describes each lifecycle stage by its own summary, not its neighbour’s', () => {
    content.lifecycleStages.forEach((stage, i) => {
      expect(choiceDescription(lists.stage, String(lists.stage.values[i]))).toBe(stage.summary);
      expect(String(lists.stage.values[i])).toContain(stage.name);
    });
  });

  it('describes each collaboration model by its description', () => {
    for (const model of content.collaborationModels) expect(choiceDescription(lists.model, model.name)).toBe(model.description);
  });

  it('says nothing before a choice is made, or for a list without descriptions', () => {
    expect(choiceDescription(lists.stage, '')).toBeUndefined();
    expect(choiceDescription(lists.yesNo, String(lists.yesNo.values[0]))).toBeUndefined();
  });
});
