import type { BulletInput } from '../core/model/ops/card-ops';
import { richTextEquals } from '../core/model/rich-text';
import type { Bullet } from '../core/model/types';

/** True when `inputs` (an editor's bullets) say nothing `bullets` does not: ids, depths, text. */
export function sameBullets(bullets: readonly Bullet[], inputs: readonly BulletInput[]): boolean {
  return (
    bullets.length === inputs.length &&
    bullets.every((b, i) => {
      const input = inputs[i] as BulletInput;
      return (
        b.id === input.id && b.depth === input.depth && richTextEquals(b.content, input.content)
      );
    })
  );
}
