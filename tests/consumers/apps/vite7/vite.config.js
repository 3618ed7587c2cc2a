// The line the package README gives for Vite 7 and older: their dev server pre-bundles
// dependencies into node_modules/.vite/deps/ without the wasm the module loads from beside itself.
// Vite 8 needs no configuration (its pre-bundling keeps the wasm's address).
export default {
  optimizeDeps: { exclude: ["outage-charts"] },
};
