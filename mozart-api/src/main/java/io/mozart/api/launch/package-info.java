/**
 * Starting the game client: the OTwo.exe launch token (spec 06 §2.6) and its command line.
 */
package io.mozart.api.launch;
