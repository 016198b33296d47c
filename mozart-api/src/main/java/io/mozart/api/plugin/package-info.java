/**
 * The launcher's plugin SPI: {@link io.mozart.api.plugin.MozartPlugin}, found with {@code ServiceLoader}.
 */
package io.mozart.api.plugin;
