/** The API and application version, shown in the OpenAPI description. */
export const VERSION = '0.1.0';
