import type { Json } from '../shared/json-values';

/**
 * GET /wc/v3/system_status, in the shape of WooCommerce's docs example ("Retrieve system
 * status"): the part a client reads to learn the shop's release is `environment.version`. The
 * other sections carry plausible values for a Danish shop on current WordPress.
 */
export function systemStatus(shop: { url: string; version: string; currency: string }): Json {
  return {
    environment: {
      home_url: shop.url,
      site_url: shop.url,
      version: shop.version,
      log_directory: '/var/www/html/wp-content/uploads/wc-logs/',
      log_directory_writable: true,
      wp_version: '6.7.1',
      wp_multisite: false,
      wp_memory_limit: 268435456,
      wp_debug_mode: false,
      wp_cron: true,
      language: 'da_DK',
      server_info: 'nginx/1.26.2',
      php_version: '8.2.26',
      php_post_max_size: 67108864,
      php_max_execution_time: 60,
      php_max_input_vars: 3000,
      curl_version: '8.11.0, OpenSSL/3.0.15',
      suhosin_installed: false,
      max_upload_size: 67108864,
      mysql_version: '8.0.40',
      default_timezone: 'UTC',
      fsockopen_or_curl_enabled: true,
      soapclient_enabled: true,
      domdocument_enabled: true,
      gzip_enabled: true,
      mbstring_enabled: true,
      remote_post_successful: true,
      remote_post_response: '200',
      remote_get_successful: true,
      remote_get_response: '200',
    },
    database: { wc_database_version: shop.version, database_prefix: 'wp_', database_tables: {} },
    active_plugins: [{ plugin: 'woocommerce/woocommerce.php', name: 'WooCommerce', version: shop.version, version_latest: shop.version, url: 'https://woocommerce.com/', author_name: 'Automattic', author_url: 'https://woocommerce.com', network_activated: false }],
    theme: { name: 'Storefront', version: '4.6.0', version_latest: '4.6.0', author_url: 'https://woocommerce.com/', is_child_theme: false, has_woocommerce_support: true },
    settings: {
      api_enabled: true,
      force_ssl: false,
      currency: shop.currency,
      currency_symbol: shop.currency === 'DKK' ? 'kr.' : shop.currency,
      currency_position: 'right_space',
      thousand_separator: '.',
      decimal_separator: ',',
      number_of_decimals: 2,
      geolocation_enabled: false,
    },
    security: { secure_connection: shop.url.startsWith('https:'), hide_errors: true },
    pages: [],
  };
}
