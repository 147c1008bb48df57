var FixtureHelper = function () {};
FixtureHelper.prototype.greet = function () { return "h\u00e9llo & <b>"; };
