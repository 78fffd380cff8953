import type { Role } from './roles';

interface AccountState {
  role: Role;
  active: boolean;
}

const isActiveAdmin = (account: AccountState) => account.role === 'ADMIN' && account.active;

/** True when the change would leave the newsroom without any active admin. */
export function removesLastActiveAdmin(
  before: AccountState,
  after: AccountState,
  otherActiveAdmins: number,
): boolean {
  return isActiveAdmin(before) && !isActiveAdmin(after) && otherActiveAdmins === 0;
}
