{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "outDir": "dist", "rootDir": "src", "declaration": false },
  "include": ["src"],
  "exclude": ["src/**/*.test.ts"]
}
