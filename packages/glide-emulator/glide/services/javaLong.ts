// A java.lang.Long as a script on an instance receives it from an API documented to return "Number (Long)": an
// object, not a JavaScript number. Arithmetic and relational operators and Number() convert it (valueOf), string
// concatenation prints it (toString), but strict equality with a number is false and typeof is 'object'.

export interface JavaLong {
  valueOf(): number;
  toString(): string;
}

export function javaLong(value: number): JavaLong {
  return {
    valueOf: function () {
      return value;
    },
    toString: function () {
      return String(value);
    },
  };
}
