// @ts-nocheck
// An amount the author asks for in the levers or the strategy quote ("I need $250K base") must
// lie inside some frontmatter range it could refer to. The reading is in asks.ts.
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { checkAsks } from "./asks";
import type { Rule } from "./rule";
const rule: Rule = stryMutAct_9fa48("0") ? {} : (stryCov_9fa48("0"), {
  id: stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), "amount-out-of-range"),
  severity: stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), "warning"),
  category: stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), "body"),
  description: stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), "An amount asked for in the levers or the strategy quote lies inside a frontmatter range in that currency."),
  check({
    seed,
    report
  }) {
    if (stryMutAct_9fa48("5")) {
      {}
    } else {
      stryCov_9fa48("5");
      for (const ask of checkAsks(seed)) if (stryMutAct_9fa48("8") ? ask.status !== "outside" : stryMutAct_9fa48("7") ? false : stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6", "7", "8"), ask.status === (stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), "outside")))) report(stryMutAct_9fa48("10") ? {} : (stryCov_9fa48("10"), {
        span: ask.span,
        message: ask.message!
      }));
    }
  }
});
export default rule;