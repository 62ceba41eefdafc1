// A tinypool worker for bench/libraries.mjs: the built library's lint, one text per task.
import { lint } from '../packages/core/dist/index.js';

export default ({ text, options }) => lint(text, options);
