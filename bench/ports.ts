/** A free TCP port on 127.0.0.1, never one of the ports reserved for the dev setup (apps/server's helper). */
export { freePort as freePortSafe } from '../apps/server/src/db/free-port.ts';
