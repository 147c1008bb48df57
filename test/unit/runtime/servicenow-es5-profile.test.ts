// The ServiceNow-ES5 profile (packages/glide-emulator/runtime/servicenow-es5-profile.json) and the function that applies it
// (apply-servicenow-es5-profile.js), exercised on a bare Node vm context: the profile covers the measured facts, and
// after it is applied V8 offers nothing beyond ES5, ServiceNow's documented extras and the documented exceptions.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const RUNTIME = path.join(ROOT, 'packages', 'glide-emulator', 'runtime');
const NOTES = path.join(ROOT, '..', 'shared', 'notes', 'es5-standards-mode-builtins.json');

const profile = JSON.parse(fs.readFileSync(path.join(RUNTIME, 'servicenow-es5-profile.json'), 'utf8'));
const removedPaths: string[] = (Object.values(profile.remove) as string[][]).flat();

type Report = { removed: string[]; undeletable: string[] };

/** Applies the profile to a context's global object from inside the context, as the engines do. Strings cross the
 * realm boundary only (an outer object would carry the outer realm's prototypes). */
function applyProfileIn(context: vm.Context): Report {
  const apply = vm.compileFunction(
    `${fs.readFileSync(path.join(RUNTIME, 'apply-servicenow-es5-profile.js'), 'utf8')}\nreturn applyServiceNowEs5Profile;`,
    [],
    { parsingContext: context }
  )() as (global: unknown, profile: unknown) => Report;
  const global = vm.runInContext('this', context);
  return JSON.parse(JSON.stringify(apply(global, global.JSON.parse(JSON.stringify(profile)))));
}

function profiledContext(): { context: vm.Context; report: Report } {
  const context = vm.createContext({});
  return { context, report: applyProfileIn(context) };
}

function ownNames(context: vm.Context, expression: string): string[] {
  return JSON.parse(vm.runInContext(`JSON.stringify(Object.getOwnPropertyNames(${expression}).sort())`, context));
}

// What may remain, per object: ES5.1 (with Annex B), the String methods ServiceNow's ES5 mode documents, what both
// engines carry beyond the standard (Error.captureStackTrace, legacy RegExp statics) and the profile's documented
// exceptions (knownUndeletable, keptDeliberately).
const ES5 = 'length,name,prototype';
const ERROR_PROTO = 'constructor,message,name';
const ALLOWED: { [expression: string]: string } = {
  this:
    'Object,Function,Array,String,Boolean,Number,Math,Date,RegExp,Error,EvalError,RangeError,ReferenceError,SyntaxError,' +
    'TypeError,URIError,JSON,NaN,Infinity,undefined,eval,parseInt,parseFloat,isNaN,isFinite,decodeURI,' +
    'decodeURIComponent,encodeURI,encodeURIComponent,escape,unescape',
  Object: `${ES5},getPrototypeOf,getOwnPropertyDescriptor,getOwnPropertyNames,create,defineProperty,defineProperties,seal,freeze,preventExtensions,isSealed,isFrozen,isExtensible,keys`,
  'Object.prototype': 'constructor,toString,toLocaleString,valueOf,hasOwnProperty,isPrototypeOf,propertyIsEnumerable',
  Function: ES5,
  'Function.prototype': 'length,name,constructor,toString,apply,call,bind,arguments,caller',
  Array: `${ES5},isArray`,
  'Array.prototype':
    'length,constructor,toString,toLocaleString,concat,join,pop,push,reverse,shift,slice,sort,splice,unshift,indexOf,' +
    'lastIndexOf,every,some,forEach,map,filter,reduce,reduceRight',
  String: `${ES5},fromCharCode`,
  'String.prototype':
    'length,constructor,toString,valueOf,charAt,charCodeAt,concat,indexOf,lastIndexOf,localeCompare,match,replace,search,' +
    'slice,split,substring,toLowerCase,toLocaleLowerCase,toUpperCase,toLocaleUpperCase,trim,' +
    'substr,anchor,big,blink,bold,fixed,fontcolor,fontsize,italics,link,small,strike,sub,sup,' +
    'startsWith,endsWith,includes,repeat,codePointAt,normalize,trimLeft,trimRight',
  Boolean: ES5,
  'Boolean.prototype': 'constructor,toString,valueOf',
  Number: `${ES5},MAX_VALUE,MIN_VALUE,NaN,NEGATIVE_INFINITY,POSITIVE_INFINITY,${profile.knownUndeletable.both.map((p: string) => p.split('.')[1]).join(',')}`,
  'Number.prototype': 'constructor,toString,toLocaleString,valueOf,toFixed,toExponential,toPrecision',
  Math: 'E,LN10,LN2,LOG2E,LOG10E,PI,SQRT1_2,SQRT2,abs,acos,asin,atan,atan2,ceil,cos,exp,floor,log,max,min,pow,random,round,sin,sqrt,tan',
  Date: `${ES5},parse,UTC,now`,
  'Date.prototype':
    'constructor,toString,toDateString,toTimeString,toLocaleString,toLocaleDateString,toLocaleTimeString,valueOf,getTime,' +
    'getFullYear,getUTCFullYear,getMonth,getUTCMonth,getDate,getUTCDate,getDay,getUTCDay,getHours,getUTCHours,getMinutes,' +
    'getUTCMinutes,getSeconds,getUTCSeconds,getMilliseconds,getUTCMilliseconds,getTimezoneOffset,setTime,setMilliseconds,' +
    'setUTCMilliseconds,setSeconds,setUTCSeconds,setMinutes,setUTCMinutes,setHours,setUTCHours,setDate,setUTCDate,' +
    'setMonth,setUTCMonth,setFullYear,setUTCFullYear,toUTCString,toISOString,toJSON,getYear,setYear,toGMTString',
  RegExp: `${ES5},$1,$2,$3,$4,$5,$6,$7,$8,$9,input,$_,lastMatch,$&,lastParen,$+,leftContext,$\`,rightContext,$'`,
  'RegExp.prototype': 'constructor,exec,test,toString,compile,source,global,ignoreCase,multiline,flags,sticky,unicode,dotAll,hasIndices,unicodeSets',
  Error: `${ES5},captureStackTrace,stackTraceLimit`,
  'Error.prototype': `${ERROR_PROTO},toString`,
  TypeError: ES5,
  'TypeError.prototype': ERROR_PROTO,
  JSON: 'parse,stringify',
};

describe('ServiceNow-ES5 profile', () => {
  const notesTest = fs.existsSync(NOTES) ? test : test.skip;

  notesTest('covers every built-in the shared notes list as absent from ServiceNow ES5 mode', () => {
    const notes = JSON.parse(fs.readFileSync(NOTES, 'utf8'));
    const typedArrays = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'];
    // Entries read like "Map (at -version 200)", "setTimeout/clearTimeout (Rhino shell only)", "ArrayBuffer/DataView/typed arrays".
    const absent = (notes.builtins.absentInServiceNowES5_presentInRhino_1_7_14 as string[]).flatMap((entry) =>
      entry
        .replace(/\s*\(.*\)$/, '')
        .split('/')
        .flatMap((name) => (name === 'typed arrays' ? typedArrays : [name]))
    );
    expect(absent.length).toBeGreaterThan(50);
    expect(absent.filter((name) => !removedPaths.includes(name))).toEqual([]);
    expect(profile.knownUndeletable.both).toEqual(expect.arrayContaining(notes.builtins.notDeletableInRhino));
    // ServiceNow has replaceAll, Rhino has not: the profile records the decision not to polyfill it.
    expect(profile.remove.removedForEngineParity).toEqual(expect.arrayContaining(notes.builtins.presentInServiceNowES5_absentInRhino_1_7_14));
  });

  test('removes every path it lists from V8, except the ones it documents as undeletable', () => {
    const { report } = profiledContext();
    expect(report.undeletable.sort()).toEqual([...profile.knownUndeletable.both].sort());
    expect(report.removed).toEqual(expect.arrayContaining(['Array.prototype.find', 'Object.assign', 'Map', 'Promise', 'globalThis', 'String.prototype.replaceAll']));
  });

  test.each(Object.keys(ALLOWED))('leaves nothing beyond ES5 and the documented extras on %s (V8)', (expression) => {
    const { context } = profiledContext();
    const allowed = new Set(ALLOWED[expression].split(','));
    expect(ownNames(context, expression).filter((name) => !allowed.has(name))).toEqual([]);
  });

  test('keeps the ES5 behaviour scripts rely on, including what V8 uses internally (split with a regex)', () => {
    const { context } = profiledContext();
    expect(
      vm.runInContext("JSON.stringify(['a,b'.split(/,/), 'aXbX'.replace(/X/g, '-'), [3, 1, 2].sort(), Object.keys({ k: 1 }), 'abc'.includes('b')])", context)
    ).toBe('[["a","b"],"a-b-",[1,2,3],["k"],true]');
  });

  test('applying it again is harmless and finds nothing more to remove', () => {
    const { context } = profiledContext();
    expect(applyProfileIn(context)).toEqual({ removed: [], undeletable: profile.knownUndeletable.both });
  });
});
