import { isJsonContentType } from '../../../src/app/core/jsonContentType';

describe('isJsonContentType', () => {
  it('takes application/json and +json types, with parameters, in any case', () => {
    for (const type of ['application/json', 'Application/JSON; charset=utf-8', ' application/json ', 'application/vnd.collection+json']) expect(isJsonContentType(type)).toBe(true);
  });
  it('refuses every other type, and no type', () => {
    for (const type of ['text/plain', 'text/xml', 'application/xml', 'application/x-www-form-urlencoded', 'application/jsonp', 'json', '', null, undefined]) expect(isJsonContentType(type)).toBe(false);
  });
});
