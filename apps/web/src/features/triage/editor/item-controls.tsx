import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';

/** Move up / move down / remove for one item of an ordered list in the editor. */
export function ItemControls({
  index,
  count,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="item-controls">
      <Button variant="secondary" disabled={index === 0} onClick={() => onMove(index - 1)}>
        {t('flowEditor.moveUp')}
      </Button>
      <Button variant="secondary" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        {t('flowEditor.moveDown')}
      </Button>
      <Button variant="secondary" onClick={onRemove}>
        {t('flowEditor.remove')}
      </Button>
    </div>
  );
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const moved = copy.splice(from, 1);
  copy.splice(to, 0, ...moved);
  return copy;
}
