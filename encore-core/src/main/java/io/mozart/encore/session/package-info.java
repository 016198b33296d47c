/** What a handler sees of a connection: {@link io.mozart.encore.session.Session}, typed attributes, phases. */
package io.mozart.encore.session;
