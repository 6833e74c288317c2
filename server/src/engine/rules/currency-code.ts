import { schemaRule } from "../rule-factories/schema-rule";
export default schemaRule("currency-code", "error", "Currencies are ISO 4217 codes in upper case (USD, GBP, EUR).");
