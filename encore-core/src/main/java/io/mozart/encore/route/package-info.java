/** Packet class → handlers with guards: {@link io.mozart.encore.route.Routes}, {@link io.mozart.encore.route.Guard}. */
package io.mozart.encore.route;
