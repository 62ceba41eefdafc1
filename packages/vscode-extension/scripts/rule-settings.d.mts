// Types of rule-settings.mjs, for the test that imports it.
export declare const RULES_SETTING: 'blameless-lint.rules';
export declare const packageJsonPath: string;
export declare function ruleProperties(configSchema: Record<string, unknown>): Record<string, unknown>;
export declare function withRuleProperties(text: string, properties: Record<string, unknown>): string;
export declare function builtConfigSchema(): Record<string, unknown>;
export declare function syncRuleSettings(configSchema: Record<string, unknown>, options?: { write?: boolean }): boolean;
