import { describe, expect, it } from 'vitest';
import { didYouMean, nearest } from '../../../src/problems/suggest.js';

const ids = ['strong-authentication', 'saas-sso', 'modern-auth-new-apps', 'passwordless', 'register-devices'];

describe('nearest', () => {
  it('finds typos', () => {
    expect(nearest('strong-authenticaton', ids)).toEqual(['strong-authentication']);
    expect(nearest('pasword-less', ids)).toEqual(['passwordless']);
  });
  it('finds a shortened id', () => {
    expect(nearest('strong-auth', ids)[0]).toBe('strong-authentication');
  });
  it('suggests nothing for an unrelated word', () => {
    expect(nearest('budget', ids)).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('quotes one or several candidates', () => {
    expect(didYouMean('statuz', ['status', 'started'])).toBe('did you mean "status"?');
    expect(didYouMean('complet', ['completed', 'complete'])).toBe('did you mean "complete" or "completed"?');
    expect(didYouMean('zzzzzz', ['status'])).toBe('');
  });
});
