// The Web Worker where a trustee's browser computes its pieces of the key and its decryption shares.
import { partialDecryption } from '@shared/belenios/tally';
import { trusteeCertificate, trusteeDecryptionKey, trusteePolynomial, trusteeVoutput } from '@shared/belenios/trustees';
import { serveJobs } from '../voting/secret/workerJob';
import type { TrusteeWork } from './trusteeWork';

serveJobs<TrusteeWork, string>((work, progress) => {
  switch (work.kind) {
    case 'certificate':
      return trusteeCertificate(work.seed);
    case 'polynomial':
      return trusteePolynomial(work.seed, work.certificates, work.threshold);
    case 'voutput':
      return trusteeVoutput(work.seed, work.certificates, work.vinput);
    case 'share': {
      progress(0, 2);
      const privateKey = trusteeDecryptionKey(work.seed, work.certificates, work.voutput);
      progress(1, 2);
      return partialDecryption(work.election, work.encryptedTally, privateKey);
    }
  }
});
