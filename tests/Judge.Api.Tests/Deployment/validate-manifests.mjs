// Validates Kubernetes manifests offline against the schemas of npm `kubernetes-models` (core groups) and
// `@kubernetes-models/argo-rollouts` (argoproj.io). Usage: node validate-manifests.mjs <file or folder>...
// Every YAML document becomes the model class of its apiVersion/kind and is validated; a document of an unknown
// apiVersion/kind is an error, not a pass. Exit 0: all valid; 1: some invalid; 2: the packages are missing.
import { createRequire } from "node:module";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const packages = ["kubernetes-models", "@kubernetes-models/argo-rollouts", "js-yaml"];
const tools = join(repositoryRoot(dirname(fileURLToPath(import.meta.url))), ".tools");
const require = createRequire(join(tools, "package.json"));

let yaml;
try {
  yaml = require("js-yaml");
  packages.slice(0, 2).forEach(name => require.resolve(name));
} catch {
  console.error(`validate-manifests: ${packages.join(", ")} are not installed in ${tools}; run: npm install --prefix ${tools} ${packages.join(" ")}`);
  process.exit(2);
}

const files = process.argv.slice(2).flatMap(path => yamlFiles(resolve(path)));
if (files.length === 0) {
  console.error("validate-manifests: no YAML file given");
  process.exit(1);
}

let invalid = 0;
for (const file of files) {
  const documents = yaml.loadAll(readFileSync(file, "utf8")).filter(document => document != null);
  documents.forEach((document, index) => {
    const where = `${file}#${index + 1}`;
    const problem = validate(document);
    if (problem) {
      invalid++;
      console.log(`invalid ${where}: ${problem}`);
    } else {
      console.log(`valid ${where}: ${document.apiVersion} ${document.kind} ${document.metadata?.name ?? ""}`);
    }
  });
}
process.exit(invalid === 0 ? 0 : 1);

function validate(document) {
  if (typeof document !== "object" || !document.apiVersion || !document.kind) return "not a Kubernetes object (apiVersion and kind are required)";
  const Model = modelOf(document.apiVersion, document.kind);
  if (!Model) return `no schema for apiVersion ${document.apiVersion} kind ${document.kind}`;
  try {
    new Model(document).validate();
    return null;
  } catch (error) {
    return error.message;
  }
}

function modelOf(apiVersion, kind) {
  for (const root of ["kubernetes-models", "@kubernetes-models/argo-rollouts"]) {
    let group;
    try {
      group = require(`${root}/${apiVersion}`);
    } catch {
      continue;
    }
    const Model = group[kind];
    if (typeof Model === "function" && Model.apiVersion === apiVersion && Model.kind === kind) return Model;
  }
  return null;
}

function yamlFiles(path) {
  if (!existsSync(path)) {
    console.error(`validate-manifests: ${path} does not exist`);
    process.exit(1);
  }
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().filter(name => /\.ya?ml$/.test(name)).map(name => join(path, name));
}

function repositoryRoot(from) {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "Judge.sln"))) return folder;
    if (dirname(folder) === folder) throw new Error(`no folder holding Judge.sln above ${from}`);
  }
}
