// Starts Swagger UI on /docs. A file of its own, not an inline script: the page's
// Content-Security-Policy runs only scripts served by this server.
window.addEventListener("load", () => {
  window.ui = window.SwaggerUIBundle({
    url: document.body.dataset.openapi,
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    deepLinking: true,
    showExtensions: true,
    presets: [window.SwaggerUIBundle.presets.apis, window.SwaggerUIBundle.SwaggerUIStandalonePreset],
  });
});
