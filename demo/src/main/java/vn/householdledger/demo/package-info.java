/**
 * The demo, a module of its own so that production code holds none of it: a real town's programme,
 * replayed from events. {@link vn.householdledger.demo.TownHistory} generates the history of Bỉm Sơn
 * 2016–2018 from the figures of its plan (copied into {@code demo/bim-son-2018/}) and a seed, as pure
 * code; {@link vn.householdledger.demo.DemoLoader}, the module's only bean, exists only when
 * {@code --ledger.demo=bim-son-2018} asks for it, and then sends the history through the command side
 * at start-up. The standalone carries the module; {@code application-demo.yml} holds the accounts of
 * the {@code demo} profile.
 */
package vn.householdledger.demo;
