import type { ProxyView } from '@shared/api';
import type { RegisterSnapshot } from '../store/register';
import type { StoredProxy } from '../store/proxies';

/** A proxy as people read it: the two members by organisation and continent, and the holder's representative. */
export function presentProxy(register: RegisterSnapshot, proxy: StoredProxy): ProxyView {
  const member = (memberNo: number) => register.members.find((candidate) => candidate.memberNo === memberNo);
  const grantor = member(proxy.grantorMemberNo);
  const holder = member(proxy.holderMemberNo);
  const holderPerson = register.people.find(
    (person) => person.id === register.representatives.get(proxy.holderMemberNo),
  );
  return {
    id: proxy.id,
    grantor: {
      memberNo: proxy.grantorMemberNo,
      organisation: grantor?.organisation ?? '',
      continent: grantor?.continent ?? '',
    },
    holder: {
      memberNo: proxy.holderMemberNo,
      organisation: holder?.organisation ?? '',
      continent: holder?.continent ?? '',
      representative: holderPerson?.name ?? null,
    },
    grantedAt: proxy.grantedAt,
    grantedBy: proxy.grantedBy,
    revokedAt: proxy.revokedAt,
    mandate: proxy.mandate ? { name: proxy.mandate.name, size: proxy.mandate.size } : null,
  };
}
