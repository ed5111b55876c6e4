// The response types of the HTTP API, by concept; import from the concept's module.
export type * from './archive';
export type * from './assemblies';
export type * from './audit';
export type * from './errors';
export type * from './membership';
export type * from './minutes';
export type * from './register';
export type * from './service';
export type * from './session';
export type * from './texts';
export type * from './voting';
export type * from './home';
