/**
 * The demo network (the handbook's Frederiksberg organisations) and demo
 * logins, loaded on first start when {@code tovholder.demo-data=true}.
 */
package dk.tovholder.demo;
