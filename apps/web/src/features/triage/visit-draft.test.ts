import { newIdempotencyKey } from '../../api';
import { clearVisitDraft, loadVisitDraft, newVisitDraft, storeVisitDraft } from './visit-draft';

/** A Storage in memory, as the tab's sessionStorage behaves. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the visit draft in sessionStorage', () => {
  it('gives the same visit back to the same staff member, and to nobody else', () => {
    const storage = memoryStorage();
    const visit = {
      ...newVisitDraft('staff-1', new Date('2026-12-01T10:00:00Z')),
      categoryKey: 'mitid-login',
      answers: { 'has-mitid': true, device: 'own-phone' },
      openedGuides: ['mitid-ny-telefon'],
      caseForm: { draft: { minutes: '7' } },
    };
    storeVisitDraft(storage, visit);
    expect(loadVisitDraft(storage, 'staff-1')).toEqual(visit);
    expect(loadVisitDraft(storage, 'staff-2')).toBeUndefined();
  });

  it('keeps nothing before a category is chosen, and nothing after the visit is cleared', () => {
    const storage = memoryStorage();
    storeVisitDraft(storage, newVisitDraft('staff-1'));
    expect(storage.length).toBe(0);
    storeVisitDraft(storage, { ...newVisitDraft('staff-1'), categoryKey: 'fraud' });
    clearVisitDraft(storage);
    expect(loadVisitDraft(storage, 'staff-1')).toBeUndefined();
  });

  it('ignores a stored value it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('digihjaelp.counter-visit', '{"id": 1');
    expect(loadVisitDraft(storage, 'staff-1')).toBeUndefined();
    storage.setItem('digihjaelp.counter-visit', JSON.stringify({ id: 'not-a-uuid', staffId: 'staff-1' }));
    expect(loadVisitDraft(storage, 'staff-1')).toBeUndefined();
    const visit = { ...newVisitDraft('staff-1'), categoryKey: 'fraud' };
    for (const broken of [{ answers: { device: 3 } }, { startedAt: 'i går' }, { openedGuides: [7] }]) {
      storage.setItem('digihjaelp.counter-visit', JSON.stringify({ ...visit, ...broken }));
      expect(loadVisitDraft(storage, 'staff-1')).toBeUndefined();
    }
  });

  it('names each visit by a fresh UUID, the Idempotency-Key of its case', () => {
    const ids = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
